# case: verification evaluator picks the decision threshold at a target FAR with np.percentile over impostor scores taken with .asnumpy() in a helper -> NumPy on tensors inside construct, rejected in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    far_target = 1e-1
    return_threshold = True


class VerificationEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.far_target = config.far_target
        self.return_threshold = config.return_threshold
        self.l2 = ops.L2Normalize(axis=1)

    def _threshold_at_far(self, impostor_scores):
        scores = impostor_scores.asnumpy()
        thr = np.percentile(scores, 100.0 * (1.0 - self.far_target))
        return Tensor(thr, ms.float32)

    def construct(self, emb1, emb2, is_same):
        sims = (self.l2(emb1) * self.l2(emb2)).sum(axis=1)
        impostor = sims * (1.0 - is_same) - is_same
        thr = self._threshold_at_far(impostor)
        accepted = (sims > thr).astype(ms.float32)
        tar = (accepted * is_same).sum() / ops.maximum(is_same.sum(), 1.0)
        if self.return_threshold:
            return tar, thr
        return tar


def make():
    np.random.seed(37607)
    e1 = np.random.randn(20, 16).astype(np.float32)
    same = (np.arange(20) % 2 == 0).astype(np.float32)
    e2 = np.where(same[:, None] > 0, e1 + 0.5 * np.random.randn(20, 16), np.random.randn(20, 16)).astype(np.float32)
    return VerificationEvaluator(EvalConfig()), (Tensor(e1), Tensor(e2), Tensor(same))
