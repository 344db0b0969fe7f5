# case: dead-pixel mask given as a list of pixel coordinates is turned into a COOTensor and densified inside construct before masking the input -> sparse tensor built in construct, expected error or static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SensorConfig:
    def __init__(self, height=8, width=8, num_feat=8, fill_value=0.0):
        self.height = height
        self.width = width
        self.num_feat = num_feat
        self.fill_value = fill_value


class DeadPixelInpainter(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.shape = (config.height, config.width)
        self.fill_value = config.fill_value
        self.conv = nn.Conv2d(4, config.num_feat, 3, pad_mode="same", has_bias=True)
        self.out = nn.Conv2d(config.num_feat, 3, 3, pad_mode="same", has_bias=True)

    def _dense_mask(self, coords):
        values = ops.ones((coords.shape[0],), ms.float32)
        sparse = ms.COOTensor(coords, values, self.shape)
        return sparse.to_dense()

    def construct(self, img, dead_coords=None):
        if dead_coords is None:
            mask = ops.zeros(img.shape[-2:], ms.float32)
        else:
            mask = self._dense_mask(dead_coords)
        mask = mask.reshape(1, 1, *self.shape).broadcast_to((img.shape[0], 1) + self.shape)
        x = img * (1 - mask) + self.fill_value * mask
        restored = self.out(ops.relu(self.conv(ops.concat((x, mask), axis=1))))
        return img * (1 - mask) + restored * mask


def make():
    np.random.seed(22)
    img = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    coords = Tensor(np.array([[0, 1], [3, 4], [7, 7]], np.int32))
    return DeadPixelInpainter(SensorConfig()), (img, coords)
