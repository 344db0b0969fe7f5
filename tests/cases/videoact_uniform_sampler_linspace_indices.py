# case: uniform frame sampling with indices computed by numpy linspace from the static clip length -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def uniform_indices(num_frames, num_samples):
    idx = np.linspace(0, num_frames - 1, num_samples)
    return np.round(idx).astype(np.int32)


class UniformSampledEncoder(nn.Cell):
    """Samples num_samples frames uniformly over the clip and encodes them with a shared MLP."""

    def __init__(self, feat_dim=16, num_samples=4, clip_len=12):
        super().__init__()
        self.index = Tensor(uniform_indices(clip_len, num_samples))
        self.mlp = nn.SequentialCell([nn.Dense(feat_dim, 16), nn.ReLU(), nn.Dense(16, 8)])

    def construct(self, frames):
        # frames: (B, T, C)
        sampled = ops.gather(frames, self.index, 1)
        emb = self.mlp(sampled)
        return emb.mean(axis=1)


def make():
    np.random.seed(20)
    frames = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    return UniformSampledEncoder(), (frames,)
