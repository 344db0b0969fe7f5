# case: interactive segmentation that rasterises user click coordinates into a guidance channel through a sparse COOTensor -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClickGuidedSegNet(nn.Cell):
    def __init__(self, vol_shape=(6, 8, 8), num_classes=2, click_radius=1):
        super().__init__()
        self.vol_shape = vol_shape
        self.click_radius = click_radius
        self.conv = nn.Conv3d(2, 4, 3, pad_mode="same", has_bias=True)
        self.head = nn.Conv3d(4, num_classes, 1, has_bias=True)
        self.act = nn.ReLU()

    def _guidance(self, clicks):
        d, h, w = self.vol_shape
        rows = clicks[:, 0]
        cols = clicks[:, 1] * w + clicks[:, 2]
        indices = ops.stack((rows, cols), axis=1)
        values = ops.ones((clicks.shape[0],), ms.float32)
        sparse = ms.COOTensor(indices, values, (d, h * w))
        dense = sparse.to_dense().reshape(1, 1, d, h, w)
        k = 2 * self.click_radius + 1
        return ops.max_pool3d(dense, k, 1, self.click_radius)

    def construct(self, image, clicks):
        x = ops.concat((image, self._guidance(clicks)), axis=1)
        return self.head(self.act(self.conv(x)))


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(1, 1, 6, 8, 8).astype(np.float32))
    clicks = Tensor(np.array([[1, 2, 3], [4, 5, 6]], dtype=np.int32))
    return ClickGuidedSegNet(), (img, clicks)
