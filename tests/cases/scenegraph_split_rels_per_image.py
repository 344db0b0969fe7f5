# case: split a batch of flattened relation scores into per-image chunks using per-image relation counts given as a tensor -> error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerImageTopRelation(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, rel_scores, rels_per_image):
        chunks = ops.split(rel_scores, rels_per_image.asnumpy().tolist(), axis=0)
        best = []
        for c in chunks:
            best.append(c.max())
        return ops.stack(best)


def make():
    np.random.seed(20)
    scores = Tensor(np.random.rand(12).astype(np.float32))
    counts = Tensor(np.array([5, 3, 4], dtype=np.int32))
    return PerImageTopRelation(), (scores, counts)
