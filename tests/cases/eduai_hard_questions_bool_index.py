# case: difficulty calibrator keeps only questions whose error rate exceeds 0.6 via boolean-mask indexing and averages their times -> dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardQuestionStats(nn.Cell):
    def __init__(self, hard_cutoff=0.6):
        super().__init__()
        self.hard_cutoff = hard_cutoff

    def error_rate(self, responses):
        return 1.0 - responses.astype(ms.float32).mean(axis=0)

    def construct(self, responses, response_times):
        err = self.error_rate(responses)
        mean_time = response_times.mean(axis=0)
        hard_times = mean_time[err > self.hard_cutoff]
        return hard_times.mean(), err


def make():
    np.random.seed(9)
    responses = Tensor(np.random.randint(0, 2, (10, 8)), ms.int32)
    times = Tensor(np.random.uniform(5, 60, (10, 8)).astype(np.float32))
    return HardQuestionStats(), (responses, times)
