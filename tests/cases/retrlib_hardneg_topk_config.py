# case: contrastive loss with in-batch negatives plus top-k hard negatives, k from config.num_hard_negatives -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from dataclasses import dataclass

NEG_INF = -1e4


@dataclass
class ContrastiveConfig:
    temperature: float = 0.05
    use_hard_negatives: bool = True
    num_hard_negatives: int = 2


class InBatchContrastiveLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.temperature = config.temperature
        self.use_hard_negatives = config.use_hard_negatives
        self.k = config.num_hard_negatives
        self.ce = nn.CrossEntropyLoss()

    def _hard_negatives(self, scores):
        n = scores.shape[0]
        off_diag = scores + ops.eye(n, n, scores.dtype) * NEG_INF
        hard, _ = ops.topk(off_diag, self.k)
        return hard

    def construct(self, q_emb, p_emb):
        scores = ops.matmul(q_emb, p_emb.T) / self.temperature
        if self.use_hard_negatives:
            pos = ops.diagonal(scores).expand_dims(-1)
            logits = ops.concat((pos, self._hard_negatives(scores)), axis=1)
            labels = ops.zeros((scores.shape[0],), ms.int32)
        else:
            logits = scores
            labels = ops.arange(scores.shape[0]).astype(ms.int32)
        return self.ce(logits, labels)


def make():
    np.random.seed(4)
    q = Tensor(np.random.randn(6, 16).astype(np.float32))
    p = Tensor(np.random.randn(6, 16).astype(np.float32))
    return InBatchContrastiveLoss(ContrastiveConfig()), (q, p)
