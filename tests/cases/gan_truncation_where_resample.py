# case: BigGAN truncated normal sampler that resamples |z| > threshold with ops.where for a fixed number of rounds -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TruncatedLatentSampler(nn.Cell):
    def __init__(self, z_dim=12, threshold=1.0, max_rounds=4, seed_noise=None):
        super().__init__()
        self.z_dim = z_dim
        self.threshold = threshold
        self.max_rounds = max_rounds
        self.seed_noise = seed_noise

    def _resample(self, z):
        fresh = ops.standard_normal(z.shape)
        out_of_range = ops.abs(z) > self.threshold
        return ops.where(out_of_range, fresh, z)

    def construct(self, z):
        if self.seed_noise is not None:
            z = z + self.seed_noise
        for _ in range(self.max_rounds):
            z = self._resample(z)
        # anything still outside gets clipped so the shape never changes
        z = ops.clamp(z, -self.threshold, self.threshold)
        frac_clipped = (ops.abs(z) >= self.threshold).astype(ms.float32).mean()
        return z, frac_clipped


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(4, 12).astype(np.float32) * 2)
    return TruncatedLatentSampler(), (z,)
