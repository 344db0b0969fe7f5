# case: jitted nucleus (top-p) warper that sorts logits, thresholds the cumulative softmax, shifts the removal mask by concat and scatters it back to vocab order -> data only decides values, never sizes, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TOP_P = 0.9
MIN_TOKENS_TO_KEEP = 1
FILTER_VALUE = -1e9


@ms.jit
def top_p_warp(scores):
    sorted_logits, sorted_indices = ops.sort(scores, axis=-1, descending=True)
    cumulative_probs = ops.cumsum(ops.softmax(sorted_logits, axis=-1), axis=-1)
    remove = (cumulative_probs > TOP_P).astype(ms.int32)
    keep_head = ops.zeros((scores.shape[0], MIN_TOKENS_TO_KEEP), ms.int32)
    remove = ops.concat((keep_head, remove[:, :-MIN_TOKENS_TO_KEEP]), axis=-1)
    to_remove = ops.tensor_scatter_elements(ops.zeros_like(remove), sorted_indices, remove, axis=1)
    return ops.masked_fill(scores, to_remove.astype(ms.bool_), FILTER_VALUE)


def make():
    np.random.seed(3397)
    scores = Tensor(np.random.randn(2, 20).astype(np.float32) * 3)
    return top_p_warp, (scores,)
