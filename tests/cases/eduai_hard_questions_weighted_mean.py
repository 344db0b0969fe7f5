# case: difficulty calibrator averages response times of hard questions using a float mask weight instead of boolean indexing -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardQuestionWeightedStats(nn.Cell):
    def __init__(self, hard_cutoff=0.6):
        super().__init__()
        self.hard_cutoff = hard_cutoff

    def error_rate(self, responses):
        return 1.0 - responses.astype(ms.float32).mean(axis=0)

    def construct(self, responses, response_times):
        err = self.error_rate(responses)
        mean_time = response_times.mean(axis=0)
        weight = (err > self.hard_cutoff).astype(ms.float32)
        hard_mean = (mean_time * weight).sum() / ops.maximum(weight.sum(), 1.0)
        return hard_mean, err


def make():
    np.random.seed(9)
    responses = Tensor(np.random.randint(0, 2, (10, 8)), ms.int32)
    times = Tensor(np.random.uniform(5, 60, (10, 8)).astype(np.float32))
    return HardQuestionWeightedStats(), (responses, times)
