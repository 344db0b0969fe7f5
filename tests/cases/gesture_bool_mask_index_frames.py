# case: drops frames where no hand was detected by indexing the sequence with a boolean mask before a temporal max-pool -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DetectedFramePool(nn.Cell):
    def __init__(self, in_dim=63, hidden=16):
        super().__init__()
        self.embed = nn.Dense(in_dim, hidden)
        self.tanh = nn.Tanh()

    def construct(self, keypoints, hand_detected):
        t = keypoints.shape[0]
        frames = keypoints.reshape(t, -1)
        present = frames[hand_detected]
        emb = self.tanh(self.embed(present))
        return emb.max(axis=0)


def make():
    np.random.seed(16)
    kp = Tensor(np.random.randn(14, 21, 3).astype(np.float32))
    det = np.random.rand(14) > 0.3
    det[0] = True
    return DetectedFramePool(), (kp, Tensor(det))
