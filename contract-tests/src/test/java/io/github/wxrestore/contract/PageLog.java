package io.github.wxrestore.contract;

import io.github.wxrestore.client.AttemptAnswer;
import io.github.wxrestore.client.AttemptListener;
import io.github.wxrestore.client.PageResult;
import io.github.wxrestore.client.RequestOptions;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The pages a listing fetched, in order, as the listener of its calls heard of them. */
final class PageLog implements AttemptListener {

    private final List<PageResult> pages = new CopyOnWriteArrayList<>();

    /** Options for a listing whose pages this log hears. */
    RequestOptions options() {
        return RequestOptions.builder().listener(this).build();
    }

    @Override
    public void pageFetched(AttemptAnswer answer, PageResult page) {
        pages.add(page);
    }

    List<PageResult> pages() {
        return List.copyOf(pages);
    }
}
