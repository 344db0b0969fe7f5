# case: box decoder normalises yaw with a limit_period helper that uses np.floor on the tensor values -> NumPy on a tensor inside construct should be refused (or fall back) in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PERIOD = 2 * np.pi


def limit_period(val, offset=0.5, period=PERIOD):
    arr = val.asnumpy()
    return Tensor((arr - np.floor(arr / period + offset) * period).astype(np.float32))


class ResidualCoderConfig:
    code_size = 7
    encode_angle_by_sincos = False
    dir_offset = 0.78539


class ResidualBoxDecoder(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config or ResidualCoderConfig()
        self.code_size = config.code_size
        self.by_sincos = getattr(config, "encode_angle_by_sincos", False)
        self.dir_offset = config.dir_offset

    def construct(self, deltas, anchors, dir_labels):
        diag = ops.sqrt(anchors[:, 3] ** 2 + anchors[:, 4] ** 2)
        xy = deltas[:, :2] * diag[:, None] + anchors[:, :2]
        z = deltas[:, 2:3] * anchors[:, 5:6] + anchors[:, 2:3]
        size = ops.exp(deltas[:, 3:6]) * anchors[:, 3:6]
        if self.by_sincos:
            rot = ops.atan2(deltas[:, 7], deltas[:, 6]) + anchors[:, 6]
        else:
            rot = deltas[:, 6] + anchors[:, 6]
        rot = limit_period(rot - self.dir_offset, 0.0, np.pi)
        rot = rot + self.dir_offset + np.pi * dir_labels.astype(ms.float32)
        return ops.concat((xy, z, size, rot[:, None]), axis=1)


def make():
    np.random.seed(3699)
    n = 50
    anchors = np.concatenate([np.random.uniform(0, 40, (n, 2)), np.full((n, 1), -1.0),
                              np.tile([[3.9, 1.6, 1.56]], (n, 1)), np.random.choice([0, 1.57], (n, 1))], 1)
    deltas = 0.2 * np.random.randn(n, 7)
    dirs = np.random.randint(0, 2, n).astype(np.int32)
    return ResidualBoxDecoder(), (Tensor(deltas.astype(np.float32)), Tensor(anchors.astype(np.float32)), Tensor(dirs))
