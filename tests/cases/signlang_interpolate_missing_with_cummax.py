# case: forward-fills missing hand detections with the last detected frame using cummax over frame indices and gather -> fixed-size ops, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForwardFill(nn.Cell):
    def __init__(self, min_conf=0.3):
        super().__init__()
        self.min_conf = min_conf

    def construct(self, hand, conf):
        # hand: (T, 21, 2), conf: (T,) per-frame detection confidence
        t = hand.shape[0]
        steps = ops.arange(t).astype(ms.int32)
        present = conf > self.min_conf
        last_idx = ops.where(present, steps, ops.zeros_like(steps))
        last_idx, _ = ops.cummax(last_idx, axis=0)
        return ops.gather(hand, last_idx, 0)


def make():
    np.random.seed(44)
    hand = Tensor(np.random.rand(8, 21, 2).astype(np.float32))
    conf = Tensor(np.array([0.9, 0.1, 0.05, 0.8, 0.7, 0.0, 0.2, 0.95], np.float32))
    return ForwardFill(), (hand, conf)
