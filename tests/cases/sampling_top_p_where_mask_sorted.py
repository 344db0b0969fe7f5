# case: batched top-p filtering with sort, cumsum and ops.where to push removed logits to -inf, scattered back to vocab order -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPLogitsWarper(nn.Cell):
    def __init__(self, top_p=0.9, min_tokens_to_keep=1, filter_value=-1e9):
        super().__init__()
        self.top_p = top_p
        self.min_tokens_to_keep = min_tokens_to_keep
        self.filter_value = filter_value

    def construct(self, logits):
        sorted_logits, sorted_idx = ops.sort(logits, axis=-1, descending=True)
        cum_probs = ops.cumsum(ops.softmax(sorted_logits, axis=-1), axis=-1)
        remove = cum_probs > self.top_p
        # always keep the first min_tokens_to_keep tokens
        pos = ops.arange(0, logits.shape[-1], dtype=ms.int32)
        remove = ops.logical_and(remove, pos >= self.min_tokens_to_keep)
        # shift right so the token crossing the threshold is kept
        remove = ops.concat((ops.zeros_like(remove[:, :1]), remove[:, :-1]), axis=-1)
        filtered_sorted = ops.where(remove, ops.full_like(sorted_logits, self.filter_value), sorted_logits)
        inverse = ops.argsort(sorted_idx, axis=-1)
        return ops.gather_elements(filtered_sorted, 1, inverse)


def make():
    np.random.seed(1)
    logits = Tensor(np.random.randn(4, 24).astype(np.float32))
    return TopPLogitsWarper(top_p=0.75, min_tokens_to_keep=2), (logits,)
