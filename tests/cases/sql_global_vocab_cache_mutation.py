# case: @ms.jit value-copy function stores the last copied token ids into a module-level dict cache -> global state mutation inside a graph
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

COPY_CACHE = {}


@ms.jit
def copy_values(question_ids, copy_scores, threshold):
    copy_mask = copy_scores > threshold
    copied = ops.where(copy_mask, question_ids, ops.zeros_like(question_ids))
    COPY_CACHE["last"] = copied
    COPY_CACHE["count"] = copy_mask.sum()
    return copied


def make():
    np.random.seed(20)
    ids = Tensor(np.random.randint(1, 90, size=(2, 8)).astype(np.int32))
    scores = Tensor(np.random.rand(2, 8).astype(np.float32))
    return copy_values, (ids, scores, Tensor(0.5, ms.float32))
