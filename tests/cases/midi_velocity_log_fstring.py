# case: velocity embedding cell that prints an f-string with the mean velocity tensor for debugging -> f-string formatting of a tensor value in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityEmbedding(nn.Cell):
    def __init__(self, num_bins=32, dim=16, verbose=True):
        super().__init__()
        self.num_bins = num_bins
        self.embed = nn.Embedding(num_bins, dim)
        self.verbose = verbose

    def bucketize(self, velocity):
        return (velocity * self.num_bins // 128).astype(ms.int32)

    def construct(self, velocity):
        bins = self.bucketize(velocity)
        if self.verbose:
            mean_vel = velocity.astype(ms.float32).mean()
            print(f"mean velocity this batch: {mean_vel}")
        return self.embed(bins)


def make():
    np.random.seed(10)
    vel = Tensor(np.random.randint(1, 128, size=(2, 12)).astype(np.int32))
    return VelocityEmbedding(), (vel,)
