# case: weight crack-probability map by thresholded mask (multiplication) to score block face severity -> static graph, no dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrackScoreHead(nn.Cell):
    def __init__(self, channels=8):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.conv2 = nn.Conv2d(channels, 1, 1)
        self.sigmoid = nn.Sigmoid()

    def construct(self, img):
        return self.sigmoid(self.conv2(self.relu(self.conv1(img))))


class BlockFaceSeverity(nn.Cell):
    def __init__(self, threshold=0.55, eps=1e-6):
        super().__init__()
        self.head = CrackScoreHead()
        self.threshold = threshold
        self.eps = eps

    def construct(self, face_img):
        prob = self.head(face_img)
        flat = prob.reshape(-1)
        mask = (flat > self.threshold).astype(ms.float32)
        n_crack = mask.sum()
        severity = (flat * mask).sum() / (n_crack + self.eps)
        return prob, severity


def make():
    np.random.seed(12)
    img = Tensor(np.random.rand(2, 1, 32, 32).astype(np.float32))
    return BlockFaceSeverity(), (img,)
