# case: deduplicate guest speaker ids by building a Python set from tensor elements inside construct -> error (set of tensors in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuestCounter(nn.Cell):
    def __init__(self, host_id=0):
        super().__init__()
        self.host_id = host_id

    def construct(self, speaker_ids, durations):
        guests = set()
        for i in range(speaker_ids.shape[0]):
            if speaker_ids[i] != self.host_id:
                guests.add(speaker_ids[i])
        host_time = ops.where(speaker_ids == self.host_id, durations, ops.zeros_like(durations)).sum()
        return host_time / durations.sum(), len(guests)


def make():
    np.random.seed(19)
    ids = Tensor(np.random.randint(0, 4, size=(10,)).astype(np.int32))
    dur = Tensor(np.random.uniform(1, 5, size=(10,)).astype(np.float32))
    return GuestCounter(), (ids, dur)
