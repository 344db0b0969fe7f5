# case: albert's bucket switch: under a tensor condition a branch slices the input and returns; the slice never reaches the code after the if, so nothing joins two shapes
import numpy as np
from mindspore import nn, Tensor


class BucketNet(nn.Cell):
    def __init__(self):
        super().__init__()
        self.bucket_list = [2, 3]
        self.dense = nn.Dense(4, 1)

    def construct(self, input_ids, sentence_flag):
        for bucket in self.bucket_list:
            if sentence_flag == bucket:
                input_ids = input_ids[:, :bucket]
                return input_ids.sum()
        return self.dense(input_ids).sum()


def make():
    return BucketNet(), (Tensor(np.ones((2, 4), np.float32)), Tensor(3))
