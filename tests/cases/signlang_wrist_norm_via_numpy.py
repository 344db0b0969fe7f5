# case: normalises hand keypoints by wrist position using .asnumpy() and NumPy inside construct -> host round trip, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WristNormaliser(nn.Cell):
    def __init__(self, wrist_idx=0):
        super().__init__()
        self.wrist_idx = wrist_idx

    def construct(self, hand):
        # hand: (T, 21, 2)
        arr = hand.asnumpy()
        wrist = arr[:, self.wrist_idx:self.wrist_idx + 1, :]
        centred = arr - wrist
        scale = np.abs(centred).max(axis=(1, 2), keepdims=True) + 1e-6
        return Tensor(centred / scale)


def make():
    np.random.seed(5)
    hand = Tensor(np.random.rand(6, 21, 2).astype(np.float32))
    return WristNormaliser(), (hand,)
