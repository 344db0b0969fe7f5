# case: curriculum margin search raises the angular margin while the mean target cosine stays above a threshold, collecting each step's logits in a list -> tensor-driven while loop growing a list, rejected or unrolled badly in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurriculumConfig:
    scale = 30.0
    start_margin = 0.1
    margin_step = 0.1
    target_thresh = 0.3
    max_margin = 0.6


def margin_logits(cos, onehot, m, s):
    return (cos - onehot * m) * s


class CurriculumMarginSearch(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.scale = config.scale
        self.start = config.start_margin
        self.step = config.margin_step
        self.thresh = config.target_thresh
        self.max_margin = config.max_margin

    def construct(self, cos, onehot):
        m = Tensor(self.start, ms.float32)
        history = []
        target = (cos * onehot).sum(axis=1).mean()
        while (target - m > self.thresh) and (m < self.max_margin):
            history.append(margin_logits(cos, onehot, m, self.scale))
            m = m + self.step
        if len(history) == 0:
            return margin_logits(cos, onehot, m, self.scale)
        return ops.stack(history).mean(axis=0)


def make():
    np.random.seed(37606)
    cos = np.random.uniform(-0.2, 0.4, (6, 10)).astype(np.float32)
    labels = np.random.randint(0, 10, 6)
    cos[np.arange(6), labels] = 0.85
    onehot = np.eye(10, dtype=np.float32)[labels]
    return CurriculumMarginSearch(CurriculumConfig()), (Tensor(cos), Tensor(onehot))
