# case: collect crack-probability scores of pixels above threshold in a block face image via boolean mask indexing -> dynamic shape from boolean mask
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


class BlockFaceCrackDetector(nn.Cell):
    def __init__(self, threshold=0.55):
        super().__init__()
        self.head = CrackScoreHead()
        self.threshold = threshold

    def construct(self, face_img):
        prob = self.head(face_img)
        flat = prob.reshape(-1)
        crack_px = flat[flat > self.threshold]
        severity = crack_px.mean()
        return prob, severity


def make():
    np.random.seed(11)
    img = Tensor(np.random.rand(1, 1, 32, 32).astype(np.float32))
    return BlockFaceCrackDetector(), (img,)
