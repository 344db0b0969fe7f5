# case: lameness scorer runs Conv1d over the keypoint time series and returns argmax score as a one-hot with a fixed number of classes -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GaitEncoder(nn.Cell):
    def __init__(self, n_joints=6, channels=16):
        super().__init__()
        self.conv1 = nn.Conv1d(n_joints * 2, channels, 5, pad_mode="same")
        self.conv2 = nn.Conv1d(channels, channels, 3, pad_mode="same")
        self.act = nn.ReLU()

    def construct(self, keypoints):
        b, t, j, c = keypoints.shape
        x = keypoints.reshape(b, t, j * c).transpose(0, 2, 1)
        x = self.act(self.conv1(x))
        x = self.act(self.conv2(x))
        return x.mean(axis=2)


class LamenessScore(nn.Cell):
    def __init__(self, n_scores=5):
        super().__init__()
        self.n_scores = n_scores
        self.encoder = GaitEncoder()
        self.head = nn.Dense(16, n_scores)

    def construct(self, keypoints):
        logits = self.head(self.encoder(keypoints))
        score = ops.argmax(logits, dim=-1)
        onehot = ops.one_hot(score, self.n_scores, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return logits, onehot


def make():
    np.random.seed(36)
    kp = np.random.uniform(0, 1, (3, 24, 6, 2)).astype(np.float32)
    return LamenessScore(), (Tensor(kp),)
