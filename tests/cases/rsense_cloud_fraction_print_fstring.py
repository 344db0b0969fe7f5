# case: computes the cloud fraction of a tile and prints it in an f-string before masking -> graph mode may reject or mishandle the f-string of a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CloudMasker(nn.Cell):
    def __init__(self, cirrus_band=4, cirrus_thr=0.7, verbose=True):
        super().__init__()
        self.cirrus_band = cirrus_band
        self.cirrus_thr = cirrus_thr
        self.verbose = verbose

    def construct(self, cube):
        cloud = (cube[self.cirrus_band] > self.cirrus_thr).astype(ms.float32)
        fraction = cloud.mean()
        if self.verbose:
            print(f"cloud fraction in tile: {fraction}")
        clear = 1.0 - cloud
        return cube * clear, fraction


def make():
    np.random.seed(7)
    cube = Tensor(np.random.rand(6, 8, 8).astype(np.float32))
    return CloudMasker(), (cube,)
