# case: build sparse start/end target distributions for multi-answer training as COOTensors and densify them for the loss -> sparse tensor built in construct; Graph mode may reject or accept
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MultiAnswerLossConfig:
    seq_length = 16
    label_smoothing = 0.0


class MultiAnswerSpanLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.seq_length = config.seq_length
        self.log_softmax = nn.LogSoftmax(axis=-1)

    def _target(self, indices, weights, batch_size):
        sparse = ms.COOTensor(indices, weights, (batch_size, self.seq_length))
        return sparse.to_dense()

    def construct(self, start_logits, end_logits, start_idx, end_idx, weights):
        batch_size = start_logits.shape[0]
        start_t = self._target(start_idx, weights, batch_size)
        end_t = self._target(end_idx, weights, batch_size)
        start_loss = -(start_t * self.log_softmax(start_logits)).sum(axis=-1)
        end_loss = -(end_t * self.log_softmax(end_logits)).sum(axis=-1)
        return ((start_loss + end_loss) / 2).mean()


def make():
    np.random.seed(3730)
    s = Tensor(np.random.randn(2, 16).astype(np.float32))
    e = Tensor(np.random.randn(2, 16).astype(np.float32))
    start_idx = Tensor(np.array([[0, 3], [0, 7], [1, 2]], dtype=np.int32))
    end_idx = Tensor(np.array([[0, 5], [0, 9], [1, 4]], dtype=np.int32))
    w = Tensor(np.array([0.5, 0.5, 1.0], dtype=np.float32))
    return MultiAnswerSpanLoss(MultiAnswerLossConfig()), (s, e, start_idx, end_idx, w)
