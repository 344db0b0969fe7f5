# case: number of simulation time steps passed as a tensor argument and used in range() -> compile error at line 23
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoissonEncoderSNN(nn.Cell):
    """Poisson rate coding of static images followed by a single LIF layer."""

    def __init__(self, in_dim=9, out_dim=3, threshold=1.0, decay=0.6, seed=0):
        super().__init__()
        self.fc = nn.Dense(in_dim, out_dim)
        self.threshold = threshold
        self.decay = decay
        self.uniform = ops.UniformReal(seed=seed)

    def encode(self, img):
        return (self.uniform(img.shape) < img).astype(ms.float32)

    def construct(self, img, num_steps):
        v = ops.zeros((img.shape[0], self.fc.out_channels), ms.float32)
        count = ops.zeros_like(v)
        for _ in range(num_steps):
            v = self.decay * v + self.fc(self.encode(img))
            s = (v >= self.threshold).astype(ms.float32)
            v = v * (1.0 - s)
            count = count + s
        return count / num_steps


def make():
    np.random.seed(22)
    img = Tensor(np.random.rand(2, 9).astype(np.float32))
    return PoissonEncoderSNN(), (img, Tensor(5, ms.int32))
