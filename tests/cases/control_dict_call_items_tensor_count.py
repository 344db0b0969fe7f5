# case: the same `dict(...)` of items, but the batch size is a count summed from tensor data: range() of a tensor (hazard twin)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Scatter(nn.Cell):
    def construct(self, feats, batch_size, scale):
        out = []
        for i in range(batch_size):
            out.append(feats[i] * scale)
        return ops.stack(out)


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.backbone = Scatter()

    def extract(self, data):
        return self.backbone(data["features"], data["batch_size"], data["scale"])

    def construct(self, voxels, counts):
        batch_size = counts.sum()
        data = dict(features=voxels, batch_size=batch_size, scale=2.0)
        return self.extract(data)


def make():
    return Net(), (Tensor(np.ones((4, 8), np.float32)), Tensor(np.ones((4,), np.int32)))
