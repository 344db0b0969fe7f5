# case: compute the batch reject rate by pulling predictions to the host with .asnumpy() inside construct -> host round trip in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchQualityGate(nn.Cell):
    def __init__(self, n_feat=10, max_reject_rate=0.1):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_feat, 8), nn.ReLU(), nn.Dense(8, 2)])
        self.max_reject_rate = max_reject_rate

    def construct(self, x):
        logits = self.net(x)
        pred = ops.argmax(logits, dim=1)
        pred_np = pred.asnumpy()
        reject_rate = float(np.mean(pred_np == 1))
        hold_batch = reject_rate > self.max_reject_rate
        return logits, Tensor(reject_rate, ms.float32), hold_batch


def make():
    np.random.seed(11)
    x = Tensor(np.random.randn(16, 10).astype(np.float32))
    return BatchQualityGate(), (x,)
