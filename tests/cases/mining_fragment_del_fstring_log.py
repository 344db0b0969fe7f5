# case: blast fragmentation feature pipeline that deletes an intermediate edge map with del and logs the mean particle size with an f-string print of a tensor -> del and f-string of tensor in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EdgeDensity(nn.Cell):
    def __init__(self):
        super().__init__()
        k = np.array([[[[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]]], dtype=np.float32)
        self.conv = nn.Conv2d(1, 1, 3, pad_mode="same", has_bias=False, weight_init=Tensor(k))

    def construct(self, img):
        return ops.abs(self.conv(img))


class FragmentSizeEstimator(nn.Cell):
    def __init__(self, px_per_cm=4.0, verbose=True):
        super().__init__()
        self.edges = EdgeDensity()
        self.px_per_cm = px_per_cm
        self.verbose = verbose

    def construct(self, img):
        edge_map = self.edges(img)
        density = edge_map.mean(axis=(2, 3))
        del edge_map
        mean_size_cm = 1.0 / (density + 1e-3) / self.px_per_cm
        if self.verbose:
            print(f"mean fragment size (cm): {mean_size_cm}")
        return mean_size_cm


def make():
    np.random.seed(181)
    img = np.random.rand(2, 1, 32, 32).astype(np.float32)
    return FragmentSizeEstimator(), (Tensor(img),)
