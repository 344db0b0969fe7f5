# case: helper generator method yields (subject, object) index pairs for all ordered pairs, consumed in construct to build pair features -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PairwiseUnionFeatures(nn.Cell):
    def __init__(self, out_dim=8):
        super().__init__()
        self.fc = nn.Dense(4, out_dim)

    def iter_pairs(self, n):
        for i in range(n):
            for j in range(n):
                if i != j:
                    yield i, j

    def union_box(self, a, b):
        return ops.cat((ops.minimum(a[:2], b[:2]), ops.maximum(a[2:], b[2:])))

    def construct(self, boxes):
        n = boxes.shape[0]
        unions = [self.union_box(boxes[i], boxes[j]) for i, j in self.iter_pairs(n)]
        return ops.relu(self.fc(ops.stack(unions) / 100.0))


def make():
    np.random.seed(47)
    xy = np.random.rand(4, 2).astype(np.float32) * 60
    boxes = Tensor(np.concatenate([xy, xy + 25], axis=1))
    return PairwiseUnionFeatures(), (boxes,)
