# case: top-p filter with sort, cumsum and scatter back to vocab order, all fixed-size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopPLogitsWarper(nn.Cell):
    def __init__(self, top_p=0.8, min_tokens_to_keep=1, filter_value=-1e9):
        super().__init__()
        self.top_p = top_p
        self.min_tokens_to_keep = min_tokens_to_keep
        self.filter_value = filter_value

    def construct(self, logits):
        sorted_logits, sorted_idx = ops.sort(logits, axis=-1, descending=False)
        cum_probs = ops.cumsum(ops.softmax(sorted_logits, axis=-1), axis=-1)
        remove_sorted = cum_probs <= (1 - self.top_p)
        keep_tail = ops.arange(logits.shape[-1]) >= logits.shape[-1] - self.min_tokens_to_keep
        remove_sorted = ops.logical_and(remove_sorted, ops.logical_not(keep_tail))
        remove = ops.tensor_scatter_elements(ops.zeros_like(remove_sorted.astype(ms.int32)), sorted_idx,
                                             remove_sorted.astype(ms.int32), axis=1)
        return ops.masked_fill(logits, remove.astype(ms.bool_), self.filter_value)


def make():
    np.random.seed(33)
    logits = Tensor(np.random.randn(2, 16).astype(np.float32) * 2)
    return TopPLogitsWarper(), (logits,)
