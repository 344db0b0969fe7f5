# case: computes spectral angles to reference endmembers and picks the best match per pixel by looping over .tolist() values -> error or constant folding problems from tolist on a tensor
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SpectralAngleMatcher(nn.Cell):
    def __init__(self, endmembers):
        super().__init__()
        self.endmembers = Tensor(endmembers)

    def angles(self, spectrum):
        dots = ops.matmul(self.endmembers, spectrum)
        norms = ops.norm(self.endmembers, dim=1) * ops.norm(spectrum)
        return ops.acos(ops.clamp(dots / norms, -1.0, 1.0))

    def construct(self, spectrum):
        ang = self.angles(spectrum)
        best, best_val = 0, 10.0
        for i, a in enumerate(ang.tolist()):
            if a < best_val:
                best, best_val = i, a
        return best, best_val


def make():
    np.random.seed(11)
    endmembers = np.random.rand(4, 6).astype(np.float32)
    spectrum = Tensor(np.random.rand(6).astype(np.float32))
    return SpectralAngleMatcher(endmembers), (spectrum,)
