# case: jitted FM second-order interaction helper over field embeddings, with an optional field-weight tensor and a reduce flag given as a Python constant default -> only shapes and constants steer the code, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

REDUCE_SUM = True


def _pairwise(v):
    square_of_sum = ops.pow(v.sum(axis=1), 2)
    sum_of_square = ops.pow(v, 2).sum(axis=1)
    return 0.5 * (square_of_sum - sum_of_square)


@ms.jit
def fm_interaction(field_emb, field_weights=None):
    if field_weights is not None:
        field_emb = field_emb * field_weights.reshape(1, field_emb.shape[1], 1)
    out = _pairwise(field_emb)
    if REDUCE_SUM:
        out = out.sum(axis=-1, keepdims=True)
    return out


def make():
    np.random.seed(38529)
    emb = Tensor(np.random.randn(5, 6, 8).astype(np.float32))
    w = Tensor(np.random.rand(6).astype(np.float32))
    return fm_interaction, (emb, w)
