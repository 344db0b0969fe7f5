# case: slices a keypoint sequence to its valid length given as a tensor (x[:n]) before pooling -> dynamic shape or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GestureEncoder(nn.Cell):
    def __init__(self, num_joints=21, coord_dim=3, hidden=32, num_classes=10):
        super().__init__()
        self.proj = nn.Dense(num_joints * coord_dim, hidden)
        self.head = nn.Dense(hidden, num_classes)
        self.relu = nn.ReLU()

    def flatten_joints(self, seq):
        t = seq.shape[0]
        return seq.reshape(t, -1)

    def construct(self, keypoints, valid_len):
        n = valid_len[0]
        seq = keypoints[:n]
        feats = self.relu(self.proj(self.flatten_joints(seq)))
        pooled = feats.mean(axis=0, keep_dims=True)
        return self.head(pooled)


def make():
    np.random.seed(0)
    kp = Tensor(np.random.randn(16, 21, 3).astype(np.float32))
    valid = Tensor(np.array([11], dtype=np.int32))
    return GestureEncoder(), (kp, valid)
