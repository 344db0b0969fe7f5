# case: edge-aware first-order smoothness loss on mean-normalised disparity using shifted slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gradient_x(x):
    return x[:, :, :, :-1] - x[:, :, :, 1:]


def gradient_y(x):
    return x[:, :, :-1, :] - x[:, :, 1:, :]


class EdgeAwareSmoothness(nn.Cell):
    def __init__(self, edge_weight=10.0, normalize=True):
        super().__init__()
        self.edge_weight = edge_weight
        self.normalize = normalize

    def construct(self, disp, img):
        if self.normalize:
            mean_disp = disp.mean(axis=(2, 3), keep_dims=True)
            disp = disp / (mean_disp + 1e-7)
        gdx = ops.abs(gradient_x(disp))
        gdy = ops.abs(gradient_y(disp))
        gix = ops.abs(gradient_x(img)).mean(axis=1, keep_dims=True)
        giy = ops.abs(gradient_y(img)).mean(axis=1, keep_dims=True)
        gdx = gdx * ops.exp(-self.edge_weight * gix)
        gdy = gdy * ops.exp(-self.edge_weight * giy)
        return gdx.mean() + gdy.mean()


def make():
    np.random.seed(27)
    disp = Tensor((np.random.rand(2, 1, 8, 10) + 0.1).astype(np.float32))
    img = Tensor(np.random.rand(2, 3, 8, 10).astype(np.float32))
    return EdgeAwareSmoothness(), (disp, img)
