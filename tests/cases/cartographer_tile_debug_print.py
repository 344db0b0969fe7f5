# case: tile seam checker prints an f-string with the tensor seam error while blending neighbouring tiles -> print of f-string with tensor in construct, accepted or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeamBlender(nn.Cell):
    def __init__(self, overlap=4, verbose=True):
        super().__init__()
        self.overlap = overlap
        self.verbose = verbose

    def construct(self, left_tile, right_tile):
        a = left_tile[..., -self.overlap:]
        b = right_tile[..., :self.overlap]
        seam_err = ops.abs(a - b).mean()
        if self.verbose:
            print(f"seam error {seam_err} over {self.overlap} px")
        blend = (a + b) * 0.5
        return ops.concat([left_tile[..., :-self.overlap], blend, right_tile[..., self.overlap:]], -1)


def make():
    np.random.seed(66)
    l = np.random.rand(1, 3, 16, 16).astype(np.float32)
    r = np.random.rand(1, 3, 16, 16).astype(np.float32)
    return SeamBlender(), (Tensor(l), Tensor(r))
