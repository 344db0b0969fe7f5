# case: enumerate all subject-object pair indices with meshgrid using the object count from boxes.shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AllPairsSpatial(nn.Cell):
    def __init__(self, out_dim=8):
        super().__init__()
        self.spatial_fc = nn.Dense(4, out_dim)

    def relative_deltas(self, sb, ob):
        sw = sb[:, 2] - sb[:, 0] + 1.0
        sh = sb[:, 3] - sb[:, 1] + 1.0
        dx = (ob[:, 0] - sb[:, 0]) / sw
        dy = (ob[:, 1] - sb[:, 1]) / sh
        dw = ops.log((ob[:, 2] - ob[:, 0] + 1.0) / sw)
        dh = ops.log((ob[:, 3] - ob[:, 1] + 1.0) / sh)
        return ops.stack([dx, dy, dw, dh], axis=1)

    def construct(self, boxes):
        n = boxes.shape[0]
        idx = ops.arange(n, dtype=ms.int32)
        si, oi = ops.meshgrid(idx, idx, indexing="ij")
        sb = ops.gather(boxes, si.reshape(-1), 0)
        ob = ops.gather(boxes, oi.reshape(-1), 0)
        return self.spatial_fc(self.relative_deltas(sb, ob)).reshape(n, n, -1)


def make():
    np.random.seed(35)
    xy = np.random.rand(5, 2).astype(np.float32) * 50
    boxes = Tensor(np.concatenate([xy, xy + np.random.rand(5, 2).astype(np.float32) * 30 + 5], axis=1))
    return AllPairsSpatial(), (boxes,)
