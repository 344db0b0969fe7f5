# case: allocates a padding buffer whose length is int() of the tensor count of missing vehicles and concatenates it to the detections -> size taken from a tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FramePadder(nn.Cell):
    def __init__(self, max_vehicles=12, feat_dim=4):
        super().__init__()
        self.max_vehicles = max_vehicles
        self.feat_dim = feat_dim

    def pad_frame(self, dets, n_valid):
        missing = self.max_vehicles - int(n_valid)
        pad = ops.zeros((missing, self.feat_dim), ms.float32)
        return ops.concat((dets[:int(n_valid)], pad), axis=0)

    def construct(self, dets, n_valid):
        frame = self.pad_frame(dets, n_valid)
        return frame.reshape(1, self.max_vehicles, self.feat_dim)


def make():
    np.random.seed(34)
    dets = Tensor(np.random.randn(12, 4).astype(np.float32))
    return FramePadder(), (dets, Tensor(5, ms.int32))
