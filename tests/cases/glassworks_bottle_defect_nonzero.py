# case: locate pixel coordinates of suspected stones in a bottle sidewall image via nonzero on a thresholded heatmap -> nonzero output length depends on data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StoneLocator(nn.Cell):
    def __init__(self, channels=8, threshold=0.7):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(channels, 1, 1)
        self.act = nn.ReLU()
        self.sigmoid = nn.Sigmoid()
        self.threshold = threshold

    def heatmap(self, img):
        return self.sigmoid(self.conv2(self.act(self.conv1(img))))

    def construct(self, sidewall_img):
        hm = self.heatmap(sidewall_img)[0, 0]
        coords = ops.nonzero(hm > self.threshold)
        n_stones = coords.shape[0]
        return coords, n_stones


def make():
    np.random.seed(5)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return StoneLocator(), (Tensor(img),)
