# case: @ms.jit precision@k helper accepting either an int or a tuple of cutoffs, dispatched with isinstance on the Python argument -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def _precision_at(rel_sorted, k):
    return rel_sorted[:, :k].astype(ms.float32).mean(axis=1).mean()


@ms.jit
def precision_at_k(scores, labels, ks=(1, 3, 5)):
    order = ops.argsort(scores, axis=-1, descending=True)
    rel_sorted = ops.gather_elements(labels, 1, order)
    if isinstance(ks, int):
        return _precision_at(rel_sorted, ks)
    out = []
    for k in ks:
        out.append(_precision_at(rel_sorted, k))
    return ops.stack(out)


def make():
    np.random.seed(39)
    scores = Tensor(np.random.rand(4, 12).astype(np.float32))
    labels = Tensor((np.random.rand(4, 12) > 0.7).astype(np.int32))
    return precision_at_k, (scores, labels)
