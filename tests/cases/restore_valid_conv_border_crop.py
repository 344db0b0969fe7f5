# case: SRCNN with valid convolutions; the HR target is center-cropped by a border computed from the kernel sizes in config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SRCNN(nn.Cell):
    def __init__(self, channels=1, kernels=(9, 1, 5), feats=(16, 8)):
        super().__init__()
        self.border = sum(k // 2 for k in kernels)
        self.conv1 = nn.Conv2d(channels, feats[0], kernels[0], pad_mode="valid")
        self.conv2 = nn.Conv2d(feats[0], feats[1], kernels[1], pad_mode="valid")
        self.conv3 = nn.Conv2d(feats[1], channels, kernels[2], pad_mode="valid")

    def construct(self, x):
        x = ops.relu(self.conv1(x))
        x = ops.relu(self.conv2(x))
        return self.conv3(x)


class SRCNNTrainStep(nn.Cell):
    def __init__(self, net=None, scale=2):
        super().__init__()
        self.net = net if net is not None else SRCNN()
        self.scale = scale
        self.mse = nn.MSELoss()

    def center_crop(self, img):
        b = self.net.border
        h, w = img.shape[-2], img.shape[-1]
        return img[..., b:h - b, b:w - b]

    def construct(self, lr, hr):
        up = ops.interpolate(lr, size=hr.shape[-2:], mode="bicubic", align_corners=False)
        pred = self.net(up)
        return self.mse(pred, self.center_crop(hr))


def make():
    np.random.seed(36)
    lr = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    hr = Tensor(np.random.rand(1, 1, 20, 20).astype(np.float32))
    return SRCNNTrainStep(), (lr, hr)
