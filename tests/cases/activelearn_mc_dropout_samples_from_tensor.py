# case: BALD with MC dropout where the number of stochastic passes comes from a tensor argument via int() in range() -> loop count from tensor value, error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutNet(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, num_classes=3, p=0.3):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.drop = nn.Dropout(p=p)
        self.fc2 = nn.Dense(hidden, num_classes)

    def construct(self, x):
        return ops.softmax(self.fc2(self.drop(ops.relu(self.fc1(x)))), axis=-1)


class BALDScore(nn.Cell):
    def __init__(self):
        super().__init__()
        self.net = MCDropoutNet()
        self.net.set_train(True)

    def construct(self, x, n_samples):
        probs_sum = ops.zeros((x.shape[0], 3), ms.float32)
        ent_sum = ops.zeros((x.shape[0],), ms.float32)
        t = int(n_samples)
        for _ in range(t):
            p = self.net(x)
            probs_sum = probs_sum + p
            ent_sum = ent_sum - (p * ops.log(p + 1e-8)).sum(axis=-1)
        mean_p = probs_sum / t
        h_mean = -(mean_p * ops.log(mean_p + 1e-8)).sum(axis=-1)
        return h_mean - ent_sum / t


def make():
    np.random.seed(24)
    x = Tensor(np.random.randn(7, 8).astype(np.float32))
    return BALDScore(), (x, Tensor(5, ms.int32))
