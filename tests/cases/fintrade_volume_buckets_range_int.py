# case: splits a trade tape into volume buckets, looping for range(int(n_buckets)) where the bucket count comes from total volume and concatenating bucket VWAPs -> error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VolumeBucketVWAP(nn.Cell):
    def __init__(self, bucket_volume=500.0):
        super().__init__()
        self.bucket_volume = bucket_volume

    def construct(self, prices, volumes):
        cumvol = ops.cumsum(volumes, axis=0)
        n_buckets = ops.floor(cumvol[-1] / self.bucket_volume)
        bucket_id = ops.floor(cumvol / self.bucket_volume)
        out = ops.zeros((0,), ms.float32)
        for b in range(int(n_buckets)):
            m = (bucket_id == b).astype(ms.float32)
            vwap = (prices * volumes * m).sum() / ((volumes * m).sum() + 1e-6)
            out = ops.concat((out, vwap.reshape(1)))
        return out


def make():
    np.random.seed(33)
    prices = (30.0 + np.cumsum(0.05 * np.random.randn(40))).astype(np.float32)
    volumes = np.random.randint(20, 120, size=(40,)).astype(np.float32)
    return VolumeBucketVWAP(), (Tensor(prices), Tensor(volumes))
