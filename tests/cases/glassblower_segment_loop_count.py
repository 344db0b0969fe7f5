# case: integrate an annealing schedule by looping over the number of segments read from the schedule tensor -> loop count from data via int()
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScheduleIntegrator(nn.Cell):
    def __init__(self, max_segments=8):
        super().__init__()
        self.max_segments = max_segments

    def segment_area(self, start_c, end_c, minutes):
        return 0.5 * (start_c + end_c) * minutes

    def construct(self, schedule, n_segments):
        total = Tensor(0.0, ms.float32)
        for i in range(int(n_segments)):
            seg = schedule[i]
            total = total + self.segment_area(seg[0], seg[1], seg[2])
        return total / 60.0


def make():
    np.random.seed(181)
    sched = np.zeros((8, 3), np.float32)
    sched[:4] = [[515, 515, 30], [515, 470, 60], [470, 370, 45], [370, 25, 90]]
    return ScheduleIntegrator(), (Tensor(sched), Tensor(np.array(4, np.int32)))
