# case: build a sparse COOTensor of cephalometric landmark hits and densify it as a heatmap inside construct -> sparse tensor in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class LandmarkHeatmap(nn.Cell):
    def __init__(self, height=16, width=16, sigma_blur=True):
        super().__init__()
        self.shape = (height, width)
        self.sigma_blur = sigma_blur
        self.blur = nn.AvgPool2d(kernel_size=3, stride=1, pad_mode="same")

    def construct(self, coords, weights):
        sparse = COOTensor(coords, weights, self.shape)
        dense = sparse.to_dense()
        heat = dense.reshape(1, 1, self.shape[0], self.shape[1])
        if self.sigma_blur:
            heat = self.blur(heat)
        return heat


def make():
    np.random.seed(26)
    coords = np.stack([np.random.choice(16, 5, replace=False),
                       np.random.choice(16, 5, replace=False)], axis=1).astype(np.int32)
    weights = np.random.rand(5).astype(np.float32)
    return LandmarkHeatmap(), (Tensor(coords), Tensor(weights))
