# case: hazard twin of albert's bucket switch: the sliced input falls through the tensor if and is used after it, so two shapes meet
import numpy as np
from mindspore import nn, Tensor


class BucketNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bucket_list = [2, 3]

    def construct(self, input_ids, sentence_flag):
        for bucket in self.bucket_list:
            if sentence_flag == bucket:
                input_ids = input_ids[:, :bucket]
        return input_ids.sum(axis=1)


def make():
    return BucketNet(), (Tensor(np.ones((2, 4), np.float32)), Tensor(3))
