# case: temporal Conv1d encoder over flattened keypoint frames producing per-frame gloss log-probabilities for CTC -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TemporalBlock(nn.Cell):
    def __init__(self, in_ch, out_ch, k=3):
        super().__init__()
        self.conv = nn.Conv1d(in_ch, out_ch, k, pad_mode="same")
        self.bn = nn.BatchNorm1d(out_ch)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.act(self.bn(self.conv(x)))


class KeypointCTCHead(nn.Cell):
    def __init__(self, joints=42, hid=32, vocab=12):
        super().__init__()
        self.block1 = TemporalBlock(joints * 2, hid)
        self.block2 = TemporalBlock(hid, hid)
        self.cls = nn.Dense(hid, vocab)

    def construct(self, kp):
        # kp: (B, T, 42, 2)
        b, t = kp.shape[0], kp.shape[1]
        x = kp.reshape(b, t, -1).transpose(0, 2, 1)
        x = self.block2(self.block1(x)).transpose(0, 2, 1)
        return ops.log_softmax(self.cls(x), axis=-1).transpose(1, 0, 2)


def make():
    np.random.seed(40)
    net = KeypointCTCHead()
    net.set_train(False)
    return net, (Tensor(np.random.randn(2, 10, 42, 2).astype(np.float32)),)
