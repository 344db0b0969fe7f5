# case: MC-dropout forward logs the mean predictive entropy with an f-string on tensor.item() -> compile error at line 28
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MCDropoutClassifier(nn.Cell):
    def __init__(self, in_dim=8, hidden=16, n_classes=3, p=0.2, n_samples=3, verbose=True):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.fc2 = nn.Dense(hidden, n_classes)
        self.p = p
        self.n_samples = n_samples
        self.verbose = verbose

    def stochastic_forward(self, x):
        h = ops.relu(self.fc1(x))
        h = ops.dropout(h, p=self.p, training=True, seed=3)
        return ops.softmax(self.fc2(h), axis=-1)

    def construct(self, x):
        total = ops.zeros((x.shape[0], 3), ms.float32)
        for _ in range(self.n_samples):
            total = total + self.stochastic_forward(x)
        mean_probs = total / self.n_samples
        entropy = -(mean_probs * ops.log(mean_probs + 1e-8)).sum(-1)
        if self.verbose:
            print(f"mean predictive entropy: {entropy.mean().item():.4f}")
        return mean_probs, entropy


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return MCDropoutClassifier(), (x,)
