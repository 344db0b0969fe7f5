# case: pad a frame's variable detections to a fixed max players with ops.pad where the pad amount comes from x.shape, plus a validity mask -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectionPadder(nn.Cell):
    def __init__(self, max_players=24):
        super().__init__()
        self.max_players = max_players

    def construct(self, dets):
        n = dets.shape[0]
        pad_rows = self.max_players - n
        padded = ops.pad(dets, (0, 0, 0, pad_rows), value=0.0)
        valid = ops.concat([ops.ones((n,), ms.float32), ops.zeros((pad_rows,), ms.float32)])
        return padded, valid


def make():
    np.random.seed(38)
    dets = np.random.rand(19, 5).astype(np.float32)
    return DetectionPadder(), (Tensor(dets),)
