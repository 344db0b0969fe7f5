# case: evaluation cell prints the changed-pixel ratio with print() of a tensor (log_stats defaults True) before returning the binary map -> print of tensors, which Graph mode supports, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EvalConfig:
    threshold = 0.5
    log_stats = True


class ChangeEvaluator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold
        self.log_stats = getattr(config, "log_stats", False)

    def _stats(self, binary, target):
        tp = (binary * target).sum()
        fp = (binary * (1 - target)).sum()
        fn = ((1 - binary) * target).sum()
        return tp / (tp + 0.5 * (fp + fn) + 1e-6)

    def construct(self, prob, target):
        binary = (prob > self.threshold).astype(ms.float32)
        f1 = self._stats(binary, target)
        if self.log_stats:
            print("change ratio:", binary.mean(), "f1:", f1)
        return binary, f1


def make():
    np.random.seed(48)
    prob = Tensor(np.random.rand(2, 1, 16, 16).astype(np.float32))
    target = Tensor((np.random.rand(2, 1, 16, 16) > 0.6).astype(np.float32))
    return ChangeEvaluator(EvalConfig()), (prob, target)
