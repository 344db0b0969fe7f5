# case: loop a fixed number of burst frames, append each frame embedding to a list and stack them -> static shapes (constant loop)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BurstEncoder(nn.Cell):
    def __init__(self, num_frames=4, channels=3, emb_dim=10):
        super().__init__()
        self.num_frames = num_frames
        self.conv = nn.Conv2d(channels, emb_dim, 3, stride=2, pad_mode="same")
        self.pool = nn.AdaptiveAvgPool2d(1)

    def encode(self, frame):
        return self.pool(self.conv(frame)).squeeze(-1).squeeze(-1)

    def construct(self, burst):
        embs = []
        for t in range(self.num_frames):
            embs.append(self.encode(burst[:, t]))
        stacked = ops.stack(embs, axis=1)
        motion = ops.abs(stacked[:, 1:] - stacked[:, :-1]).sum(axis=(1, 2))
        return stacked.mean(axis=1), motion


def make():
    np.random.seed(10)
    burst = Tensor(np.random.rand(2, 4, 3, 16, 16).astype(np.float32))
    return BurstEncoder(), (burst,)
